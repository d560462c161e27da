// Text from the API goes into markup escaped, never as markup.
export function text(value) {
  const span = document.createElement('span');
  span.textContent = value ?? '–';
  return span.innerHTML;
}
