// Dev-only fixture page for the map component (tiny test data from tests/fixtures/app).
export const ssr = false;
