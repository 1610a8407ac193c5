# Uncaught RuntimeError from a nested call chain with finally blocks.
def a():
    try:
        b()
    finally:
        print('a finally')
def b():
    try:
        raise RuntimeError('deep failure')
    finally:
        print('b finally')
a()
