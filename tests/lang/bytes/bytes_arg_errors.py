# Wrong argument counts and keywords for every bytes/bytearray method.
names = ['capitalize', 'center', 'count', 'decode', 'endswith', 'expandtabs', 'find', 'hex',
         'index', 'isalnum', 'isalpha', 'isascii', 'isdigit', 'islower', 'isspace', 'istitle',
         'isupper', 'join', 'ljust', 'lower', 'lstrip', 'partition', 'removeprefix',
         'removesuffix', 'replace', 'rfind', 'rindex', 'rjust', 'rpartition', 'rsplit', 'rstrip',
         'split', 'splitlines', 'startswith', 'strip', 'swapcase', 'title', 'translate', 'upper',
         'zfill', 'fromhex', 'maketrans']
extra = ['append', 'extend', 'insert', 'pop', 'remove', 'clear', 'copy', 'reverse']

def attempt(m, args):
    try:
        m(*args)
        return 'ok'
    except Exception as e:
        return f'{type(e).__name__}: {e}'

for tp, more in ((bytes, []), (bytearray, extra)):
    for group in (names, more):
        for n in group:
            m = getattr(tp(b'ab'), n)
            print(tp.__name__, n, '|', attempt(m, ()), '|', attempt(m, (1, 1, 1, 1, 1)))
