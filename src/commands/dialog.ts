/**
 * The ribbon's dialog: shows the title and text it was opened with. With `ya` and `tidak` labels it asks
 * (answering 'ya' or 'batal'); otherwise it only informs and closes on "Tutup" ('tutup').
 */

function answer(message: string): void {
  const ui = typeof Office !== 'undefined' ? Office.context?.ui : undefined;
  if (ui?.messageParent) ui.messageParent(message);
  else window.close();
}

function show(): void {
  const params = new URLSearchParams(window.location.search);
  const judul = params.get('judul');
  const pesan = params.get('pesan');
  const ya = params.get('ya');
  const tidak = params.get('tidak');
  if (judul) {
    document.getElementById('judul')!.textContent = judul;
    document.title = judul;
  }
  document.getElementById('pesan')!.textContent = pesan || 'Tidak ada pesan.';
  const tutup = document.getElementById('tutup') as HTMLButtonElement;
  if (ya && tidak) {
    const confirm = document.getElementById('ya') as HTMLButtonElement;
    confirm.textContent = ya;
    confirm.hidden = false;
    confirm.addEventListener('click', () => answer('ya'));
    tutup.textContent = tidak;
    tutup.addEventListener('click', () => answer('batal'));
    // A question is read, not announced over; Enter on the focused button keeps everything.
    document.getElementById('pesan')!.removeAttribute('role');
    document.addEventListener('keydown', e => {
      if (e.key === 'Escape') answer('batal');
    });
  } else {
    tutup.addEventListener('click', () => answer('tutup'));
  }
  tutup.focus();
}

// The text needs nothing from Office: it shows at once, also where Office.onReady never answers (an old or
// stuck host). Office is asked only when "Tutup" is clicked.
show();
if (typeof Office !== 'undefined') Office.onReady(() => undefined);
