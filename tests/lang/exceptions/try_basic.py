# try/except/else/finally combinations.
def run(action):
    log = []
    try:
        log.append('try')
        if action == 'raise':
            raise ValueError('boom')
        if action == 'key':
            {}['missing']
    except ValueError as e:
        log.append('except ValueError ' + str(e))
    except KeyError as e:
        log.append('except KeyError ' + repr(e))
    else:
        log.append('else')
    finally:
        log.append('finally')
    return log
print(run('ok'))
print(run('raise'))
print(run('key'))
try:
    print('only finally')
finally:
    print('finally ran')
try:
    x = 1
except Exception:
    print('no')
else:
    print('else ran', x)
try:
    int('bad')
except:
    print('bare except caught')
try:
    1 / 0
except (TypeError, ZeroDivisionError) as e:
    print('tuple caught', type(e).__name__)
try:
    [][0]
except TypeError:
    print('no')
except IndexError:
    print('second handler')
except Exception:
    print('not reached')
