# raise SystemExit(4): exit status 4, nothing on stderr.
print('exiting with 4')
raise SystemExit(4)
