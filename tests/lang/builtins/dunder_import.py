# __import__: top package without a fromlist, the submodule with one, errors.
m = __import__('math')
print(m.__name__, m.sqrt(9))
c = __import__('collections.abc')
print(c.__name__)
abc = __import__('collections.abc', fromlist=['Mapping'])
print(abc.__name__, hasattr(abc, 'Mapping'))
print(__import__('string', globals(), locals(), [], 0).ascii_lowercase[:3])
for args in [(5,), ('',), ('math', None, None, (), -1), ('no_such_module_xyz',)]:
    try:
        __import__(*args)
    except (TypeError, ValueError, ImportError) as e:
        print(type(e).__name__, e)
