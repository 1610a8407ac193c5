def parse(s):
    try:
        n = int(s)
    except (ValueError, TypeError) as e:
        print("bad", e)
        n = None
    except Exception:
        raise
    else:
        n += 1
    return n


def cleanup(f):
    try:
        return f()
    finally:
        print("cleanup")


def loop_finally(items):
    for x in items:
        try:
            if x:
                continue
            break
        finally:
            print(x)


def reraise():
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise ValueError("boom") from e
