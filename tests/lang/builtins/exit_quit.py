# exit() and quit() raise SystemExit; the last call sets the exit status.
for call in (exit, quit):
    try:
        call()
    except SystemExit as e:
        print('SystemExit', repr(e.code), e.args)
    try:
        call(2)
    except SystemExit as e:
        print('SystemExit', repr(e.code), e.args)
    try:
        call('message')
    except SystemExit as e:
        print('SystemExit', repr(e.code), e.args)
    try:
        call(code=7)
    except SystemExit as e:
        print('SystemExit', repr(e.code), e.args)
try:
    exit(1, 2)
except TypeError as e:
    print('TypeError:', e)
try:
    exit(status=1)
except TypeError as e:
    print('TypeError:', e)
print(isinstance(SystemExit(), BaseException), isinstance(SystemExit(), Exception))
print('leaving with status 3')
exit(3)
print('never printed')
