/**
 * A `<dialog>` shown as a modal while a piece of the app state says so (the list, the reader):
 * opened and closed from that state, and the focus handed back on close to the element that had
 * it when the dialog opened, unless a choice inside the dialog sends it elsewhere (`dropOpener`).
 * Create it during component init and bind the element: `bind:this={modal.element}`.
 */
export class ModalDialog {
	element = $state<HTMLDialogElement | undefined>();
	private opener: HTMLElement | null = null;

	/** `isOpen` is read in an effect; `onopen` runs right after the dialog is shown. */
	constructor(isOpen: () => boolean, onopen?: () => void) {
		$effect(() => {
			const dialog = this.element;
			if (!dialog) return;
			if (isOpen() && !dialog.open) {
				this.opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
				dialog.showModal();
				onopen?.();
			} else if (!isOpen() && dialog.open) dialog.close();
		});
	}

	/** Call from the dialog's `close` event: the focus goes back to where it was. */
	restoreFocus(): void {
		if (this.opener?.isConnected) this.opener.focus();
		this.opener = null;
	}

	/** The focus goes elsewhere after this close (a row or a mention chosen: the panel takes it). */
	dropOpener(): void {
		this.opener = null;
	}

	close(): void {
		this.element?.close();
	}
}
