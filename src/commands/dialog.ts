/** The ribbon's message dialog: shows the title and text it was opened with, and closes on "Tutup". */

function show(): void {
  const params = new URLSearchParams(window.location.search);
  const judul = params.get('judul');
  const pesan = params.get('pesan');
  if (judul) {
    document.getElementById('judul')!.textContent = judul;
    document.title = judul;
  }
  document.getElementById('pesan')!.textContent = pesan || 'Tidak ada pesan.';
  const button = document.getElementById('tutup') as HTMLButtonElement;
  button.addEventListener('click', () => {
    const ui = typeof Office !== 'undefined' ? Office.context?.ui : undefined;
    if (ui?.messageParent) ui.messageParent('tutup');
    else window.close();
  });
  button.focus();
}

// The text needs nothing from Office: it shows at once, also where Office.onReady never answers (an old or
// stuck host). Office is asked only when "Tutup" is clicked.
show();
if (typeof Office !== 'undefined') Office.onReady(() => undefined);
