CREATE TABLE books (
    isbn      CHAR(13) PRIMARY KEY,
    title     VARCHAR(200) NOT NULL,
    author    VARCHAR(200) NOT NULL,
    copies    INTEGER NOT NULL CHECK (copies > 0),
    available INTEGER NOT NULL CHECK (available BETWEEN 0 AND copies)
);

CREATE TABLE loans (
    id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    isbn        CHAR(13) NOT NULL REFERENCES books (isbn),
    member      VARCHAR(80) NOT NULL,
    borrowed_on DATE NOT NULL,
    due_on      DATE NOT NULL,
    returned_on DATE
);

CREATE INDEX loans_member ON loans (member);
