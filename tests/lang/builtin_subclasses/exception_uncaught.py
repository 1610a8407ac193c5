# An uncaught user-defined exception ends the program with its class name and str().
class PipelineError(Exception):
    def __init__(self, stage, detail):
        super().__init__(stage, detail)
        self.stage = stage
        self.detail = detail

    def __str__(self):
        return f'stage {self.stage} failed: {self.detail}'


def run(stages):
    for i, stage in enumerate(stages):
        print('running', stage)
        if stage == 'bad':
            raise PipelineError(i, 'bad input')


run(['load', 'parse'])
try:
    run(['bad'])
except PipelineError as e:
    print('handled:', e, e.args)
run(['load', 'bad', 'never'])
print('not reached')
