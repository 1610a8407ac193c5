# Attributes on builtin exception objects.
try:
    {}['missing']
except KeyError as e:
    print(e.args, str(e), repr(e))
try:
    import nope_module_xyz
except ModuleNotFoundError as e:
    print(e.name, e.msg if hasattr(e, 'msg') else '', str(e))
except ImportError as e:
    print('ImportError', e)
try:
    raise StopIteration('v')
except StopIteration as e:
    print(e.value)
try:
    raise SystemExit(5)
except SystemExit as e:
    print('code', e.code)
try:
    raise SystemExit('text')
except SystemExit as e:
    print('code', e.code)
try:
    undefined_thing
except NameError as e:
    print(e.name, str(e))
try:
    (1).nope
except AttributeError as e:
    print(e.name, repr(e.obj), str(e))
e = Exception('a', 2)
print(len(e.args), e.args[1])
e2 = ValueError('x')
print(e2 == e2, ValueError('x') == ValueError('x'))
print(type(e2).__name__, type(e2) is ValueError)
try:
    'é'.encode('ascii')
except UnicodeEncodeError as e:
    print(e.encoding, e.start, e.end, e.reason)
    print(str(e))
