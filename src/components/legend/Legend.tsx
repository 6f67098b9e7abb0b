// Placeholder: the legend (panels, dragging, keys), shown once on a first visit.
export function Legend() {
  return null;
}
