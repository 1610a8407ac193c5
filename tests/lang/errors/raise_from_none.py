# raise ... from None suppresses the context.
try:
    int('bad')
except ValueError:
    raise RuntimeError('conversion failed') from None
