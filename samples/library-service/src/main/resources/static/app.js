'use strict';
// The library page: lists the catalogue from /api/books and borrows through /api/loans.

const booksBody = document.getElementById('books');
const message = document.getElementById('message');
const member = document.getElementById('member');

function show(text, isError) {
  message.textContent = text;
  message.className = isError ? 'error' : 'ok';
}

async function loadBooks() {
  const response = await fetch('api/books').catch(() => null);
  if (!response || !response.ok) {
    show('The catalogue could not be loaded (' + (response ? response.status : 'no answer') + ').', true);
    return;
  }
  const books = await response.json();
  booksBody.replaceChildren(...books.map(bookRow));
}

function bookRow(book) {
  const row = document.createElement('tr');
  row.dataset.isbn = book.isbn;
  for (const text of [book.title, book.author, book.isbn, String(book.available)]) {
    const cell = document.createElement('td');
    cell.textContent = text;
    row.append(cell);
  }
  const action = document.createElement('td');
  const button = document.createElement('button');
  button.type = 'button';
  button.textContent = 'Borrow';
  button.setAttribute('aria-label', 'Borrow ' + book.title);
  button.disabled = book.available === 0;
  button.addEventListener('click', () => borrow(book));
  action.append(button);
  row.append(action);
  return row;
}

async function borrow(book) {
  if (!member.value.trim()) {
    show('Enter your name to borrow a book.', true);
    member.focus();
    return;
  }
  const response = await fetch('api/loans', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ isbn: book.isbn, member: member.value })
  }).catch(() => null);
  if (!response) {
    show('The library did not answer; try again.', true);
    return;
  }
  const body = await response.json().catch(() => ({}));
  if (response.ok) {
    show('Loan #' + body.id + ': "' + book.title + '" is yours until ' + body.dueOn + '.', false);
  } else {
    show(body.detail || ('Borrowing failed (' + response.status + ').'), true);
  }
  await loadBooks();
}

loadBooks();
