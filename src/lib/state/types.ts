/**
 * Types shared between the map (src/lib/map) and the UI around it.
 * The map engineer and the UI engineer both import these; keep them exactly as agreed.
 */
export type Selection = { type: 'place' | 'link'; id: string } | null;
export interface YearRange {
	from: number;
	to: number;
} // inclusive
export type Theme = 'light' | 'dark' | 'projector';
export interface Camera {
	center: [number, number];
	zoom: number;
	bearing?: number;
	pitch?: number;
}
export interface MapApi {
	flyToPlace(placeId: string): void;
	fitToIds(ids: string[]): void;
	setCamera(c: Camera, opts?: { animate?: boolean }): void;
	getCamera(): Camera;
}
