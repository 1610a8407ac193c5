# Return values and finally blocks: the value is captured before finally runs.
def value_captured():
    x = 1
    try:
        return x
    finally:
        x = 2
print(value_captured())
def nested_finally():
    log = []
    try:
        try:
            return log
        finally:
            log.append('inner')
    finally:
        log.append('outer')
print(nested_finally())
def ret_in_except():
    try:
        raise TypeError
    except TypeError:
        return 'from except'
    finally:
        print('finally after except return')
print(ret_in_except())
