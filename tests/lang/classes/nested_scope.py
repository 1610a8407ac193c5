# Name resolution in class bodies and methods: enclosing functions, not classes.
def outer():
    secret = 'from outer'

    class Inner:
        val = secret
        secret_copy = secret

        def method(self):
            return secret

        def sees_val(self):
            try:
                return val
            except NameError as e:
                return type(e).__name__ + ': ' + str(e)
    return Inner

I = outer()
print(I.val, I().method(), I().sees_val())

class Outer:
    name = 'outer attr'

    class Nested:
        try:
            seen = name
        except NameError as e:
            seen = 'NameError: ' + str(e)

        def get(self):
            return Outer.name

print(Outer.Nested.seen, Outer.Nested().get())

n = 'global'

def f():
    n = 'local to f'

    class K:
        n = 'class level'

        def m(self):
            return n
    return K().m(), K.n

print(f())
