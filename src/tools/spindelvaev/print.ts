/** Prints only the element with the given id (the worksheet or a blank worksheet). */
export function printOnly(targetId: string) {
  const target = document.getElementById(targetId);
  if (!target) return;
  target.classList.add('sv-print-target');
  document.documentElement.dataset.svPrint = 'on';
  const done = () => {
    target.classList.remove('sv-print-target');
    delete document.documentElement.dataset.svPrint;
    window.removeEventListener('afterprint', done);
  };
  window.addEventListener('afterprint', done);
  window.print();
}
