# return/break/continue inside try and finally.
def ret_in_try():
    try:
        return 'try'
    finally:
        print('finally after return')
print(ret_in_try())
def ret_override():
    try:
        return 'try'
    finally:
        return 'finally'
print(ret_override())
def swallow():
    try:
        raise ValueError('lost')
    finally:
        return 'swallowed'
print(swallow())
def break_in_finally():
    for i in range(3):
        try:
            raise KeyError(i)
        finally:
            break
    return 'broke out, exception discarded'
print(break_in_finally())
def continue_in_finally():
    out = []
    for i in range(3):
        try:
            if i == 1:
                raise ValueError
            out.append(i)
        finally:
            continue
    return out
print(continue_in_finally())
