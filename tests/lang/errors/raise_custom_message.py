# Uncaught builtin exception with a multi-argument message.
def check(v):
    if v < 0:
        raise ValueError('negative value', v)
    return v
print(check(5))
check(-2)
