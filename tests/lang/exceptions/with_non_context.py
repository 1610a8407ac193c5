# `with` on an object that is not a context manager (only builtin objects).
for obj in (1, 'text', None):
    try:
        with obj:
            print('body not reached')
    except (TypeError, AttributeError) as e:
        print(type(e).__name__ + ':', e)
try:
    with [] as x, 5 as y:
        pass
except (TypeError, AttributeError) as e:
    print(type(e).__name__ + ':', e)
print('done')
