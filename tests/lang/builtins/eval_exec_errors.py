# eval, exec and compile argument errors and syntax errors.
for call in ["eval(1)", "eval('1', [])", "eval('1', {}, 5)", "exec(1)", "exec('x=1', [])", "exec('x=1', {}, 5)", "compile('1', 'f', 'bad')", "compile(1, 'f', 'exec')", "eval('1', None, [])", "eval()", "exec()", "compile('1')", "eval('1', mapping)", "eval(b'1+1')", "eval('  2*3')", "eval('\t2*3\n')", "eval('x = 1')", "exec('1 +')", "compile('1', 'fn.py', 'eval', 0, False, -1, 5)"]:
    try:
        mapping = type('M', (), {'__getitem__': lambda s, k: 1, 'keys': lambda s: []})()
        print(call, '->', repr(eval(call)))
    except Exception as e:
        print(call, '->', type(e).__name__, e)
