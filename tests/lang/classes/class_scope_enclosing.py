# Class bodies inside functions: assignment makes a name class-local, nonlocal from methods.
def g():
    x = 1

    class K:
        x = 2
        y = x

        def m(self):
            return x
    return K.y, K().m()

print(g())

def h():
    y = 'enclosing'

    class K:
        try:
            print('body sees', y)
        except NameError as e:
            print('body', type(e).__name__, e)
        y = 'rebound'
        print('body now', y)
    return K.y, y

print(h())

def counter():
    count = 0

    class Bumper:
        def bump(self):
            nonlocal count
            count += 1
            return count
    b = Bumper()
    b.bump()
    b.bump()
    return count

print(counter())
