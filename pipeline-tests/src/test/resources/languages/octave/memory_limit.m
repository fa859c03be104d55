% keep ~1 GiB of 1 MiB arrays (131072 doubles, filled) alive
keep = cell(1, 1024);
for i = 1:1024
  keep{i} = i * ones(131072, 1);
end
disp(numel(keep));
