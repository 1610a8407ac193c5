import os

os.environ['WEFT_TEST_VAR'] = 'value1'
print(os.environ['WEFT_TEST_VAR'], os.getenv('WEFT_TEST_VAR'), 'WEFT_TEST_VAR' in os.environ)
print(os.getenv('WEFT_SURELY_UNSET'), os.getenv('WEFT_SURELY_UNSET', 'dflt'))
print(os.environ.get('WEFT_SURELY_UNSET'), os.environ.get('WEFT_SURELY_UNSET', 5))
print(os.environ.setdefault('WEFT_TEST_VAR', 'other'), os.environ.setdefault('WEFT_NEW', 'new'))
print(os.environ['WEFT_NEW'])
del os.environ['WEFT_NEW']
print('WEFT_NEW' in os.environ, os.getenv('WEFT_NEW'))
try:
    os.environ['WEFT_SURELY_UNSET']
except KeyError as e:
    print('KeyError', e)
try:
    os.environ['X'] = 1
except TypeError as e:
    print('TypeError:', e)
print(os.environ.pop('WEFT_TEST_VAR'), os.environ.pop('WEFT_TEST_VAR', 'gone'))
print(isinstance(os.environ.copy(), dict), len(os.environ) == len(list(os.environ)))
print(all(isinstance(k, str) and isinstance(v, str) for k, v in os.environ.items()))
os.environ.update({'WEFTTEST_A': '1', 'WEFTTEST_B': '2'})
print(sorted(k for k in os.environ if k.startswith('WEFTTEST_')))
print(os.path.expandvars('$WEFTTEST_A-${WEFTTEST_B}-$WEFTTEST_NOPE'))
