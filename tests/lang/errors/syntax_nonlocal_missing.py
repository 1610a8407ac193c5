# SyntaxError: no binding for nonlocal 'q' found.
def outer():
    def inner():
        nonlocal q
        q = 1
    return inner
