# NotImplementedError raised explicitly.
def todo():
    raise NotImplementedError('later')
print('calling todo')
todo()
