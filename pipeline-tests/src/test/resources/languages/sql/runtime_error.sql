CREATE TABLE input(a INTEGER, b INTEGER);
.separator " "
.import /dev/stdin input
SELECT a + b FROM no_such_table;
SELECT 'not reached';
