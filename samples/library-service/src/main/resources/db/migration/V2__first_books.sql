-- The shelf a new environment starts with.
INSERT INTO books (isbn, title, author, copies, available) VALUES
    ('9780134685991', 'Effective Java', 'Joshua Bloch', 3, 3),
    ('9780321125217', 'Domain-Driven Design', 'Eric Evans', 2, 2),
    ('9780137081073', 'The Clean Coder', 'Robert C. Martin', 1, 1),
    ('9781617294945', 'Spring in Action', 'Craig Walls', 2, 2);
