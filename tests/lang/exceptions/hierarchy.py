# The builtin exception hierarchy.
pairs = [
    (KeyError, LookupError), (IndexError, LookupError), (LookupError, Exception),
    (ZeroDivisionError, ArithmeticError), (OverflowError, ArithmeticError),
    (ArithmeticError, Exception), (Exception, BaseException),
    (KeyboardInterrupt, Exception), (KeyboardInterrupt, BaseException),
    (SystemExit, Exception), (GeneratorExit, Exception),
    (StopIteration, Exception), (RecursionError, RuntimeError),
    (NotImplementedError, RuntimeError), (UnboundLocalError, NameError),
    (ModuleNotFoundError, ImportError), (FileNotFoundError, OSError),
    (IndentationError, SyntaxError), (TabError, IndentationError),
    (UnicodeDecodeError, ValueError), (UnicodeError, ValueError),
    (AssertionError, Exception), (TypeError, ValueError),
    (KeyError, KeyError), (bool, int),
]
for sub, sup in pairs:
    print(sub.__name__, sup.__name__, issubclass(sub, sup))
print(issubclass(KeyError, (TypeError, LookupError)))
for exc in (KeyError('k'), IndexError(1), ZeroDivisionError()):
    try:
        raise exc
    except LookupError as e:
        print('LookupError caught', type(e).__name__)
    except Exception as e:
        print('Exception caught', type(e).__name__)
try:
    raise SystemExit(0)
except Exception:
    print('not caught by Exception')
except BaseException as e:
    print('BaseException caught', type(e).__name__)
e = UnboundLocalError('u')
print(isinstance(e, NameError), isinstance(e, (KeyError, Exception)))
print(isinstance(e, BaseException), isinstance(1, BaseException))
print([c.__name__ for c in ZeroDivisionError.__mro__])
print(ValueError.__bases__[0].__name__, BaseException.__bases__[0].__name__)
