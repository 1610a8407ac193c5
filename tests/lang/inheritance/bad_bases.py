# class statements with non-class bases and layout-conflicting builtin bases.
def attempt(label, make):
    try:
        make()
        print(label, 'ok')
    except TypeError as e:
        print(label, type(e).__name__, e)


class B:
    pass


def make0():
    class A(1): pass
    return A

def make1():
    class A('x'): pass
    return A

def make2():
    class A(None): pass
    return A

def make3():
    class A(len): pass
    return A

def make4():
    class A([]): pass
    return A

def make5():
    class A(B()): pass
    return A

def make6():
    class A(int, str): pass
    return A

def make7():
    class A(list, dict): pass
    return A

def make8():
    class A(int, float): pass
    return A

def make9():
    class A(int, object): pass
    return A

def make10():
    class A(Exception, int): pass
    return A

def make11():
    class A(type): pass
    return A


for label, make in [
        ('int instance', make0), ('str instance', make1), ('None', make2),
        ('function', make3), ('list instance', make4), ('instance of class', make5),
        ('int + str', make6), ('list + dict', make7), ('int + float', make8),
        ('int + object', make9), ('Exception + int', make10), ('type', make11),
]:
    attempt(label, make)
