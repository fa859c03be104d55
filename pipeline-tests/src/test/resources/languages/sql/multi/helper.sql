CREATE TABLE input(a INTEGER, b INTEGER);
CREATE VIEW answer AS SELECT a + b AS total FROM input;
