# Richards-like OS scheduler simulation: task control blocks for an idle task,
# a work task, two handlers and two devices, passing packets through queues.
# Exercises classes, attribute access, method dispatch and linked lists.

ROUNDS = 25
COUNT = 10000

IDLE, WORK, HANDLER_A, HANDLER_B, DEV_A, DEV_B = range(6)
KIND_DEV, KIND_WORK = 0, 1
DATA_SIZE = 4


class Packet:
    def __init__(self, link, ident, kind):
        self.link, self.ident, self.kind = link, ident, kind
        self.datum, self.data = 0, [0] * DATA_SIZE

    def append_to(self, queue):
        self.link = None
        if queue is None:
            return self
        p = queue
        while p.link is not None:
            p = p.link
        p.link = self
        return queue


class Task:
    def __init__(self, sched, ident, prio, queue, state):
        self.sched, self.ident, self.prio, self.queue = sched, ident, prio, queue
        self.waiting = queue is not None and state == "wait"
        self.held = False
        self.suspended = state != "run" and queue is None or state == "suspend"
        self.link, sched.tasks = sched.tasks, self  # tasks form a linked list
        sched.table[ident] = self

    def runnable(self):
        return not self.held and not self.suspended and (not self.waiting or self.queue is not None)

    def add_packet(self, pkt, old):
        if self.queue is None:
            self.queue = pkt
            self.suspended = False
            if self.prio > old.prio:
                return self
        else:
            self.queue = pkt.append_to(self.queue)
        return old

    def take(self):
        pkt = self.queue
        if pkt is None:
            return None
        self.queue = pkt.link
        self.waiting = False
        return pkt


class IdleTask(Task):
    def __init__(self, sched, ident, prio, queue, state):
        Task.__init__(self, sched, ident, prio, queue, state)
        self.v1, self.count = 1, COUNT

    def step(self, pkt):
        self.count -= 1
        if self.count == 0:
            return self.sched.hold_self()
        if self.v1 & 1 == 0:
            self.v1 >>= 1
            return self.sched.release(DEV_A)
        self.v1 = (self.v1 >> 1) ^ 0xD008
        return self.sched.release(DEV_B)


class WorkTask(Task):
    def __init__(self, sched, ident, prio, queue, state):
        Task.__init__(self, sched, ident, prio, queue, state)
        self.dest, self.letter = HANDLER_A, 0

    def step(self, pkt):
        if pkt is None:
            return self.sched.wait()
        self.dest = HANDLER_B if self.dest == HANDLER_A else HANDLER_A
        pkt.ident = self.dest
        pkt.datum = 0
        for i in range(DATA_SIZE):
            self.letter += 1
            if self.letter > 26:
                self.letter = 1
            pkt.data[i] = self.letter
        return self.sched.queue_packet(pkt)


class HandlerTask(Task):
    def __init__(self, sched, ident, prio, queue, state):
        Task.__init__(self, sched, ident, prio, queue, state)
        self.work_in = self.dev_in = None

    def step(self, pkt):
        if pkt is not None:
            if pkt.kind == KIND_WORK:
                self.work_in = pkt.append_to(self.work_in)
            else:
                self.dev_in = pkt.append_to(self.dev_in)
        work = self.work_in
        if work is not None:
            count = work.datum
            if count >= DATA_SIZE:
                self.work_in = work.link
                return self.sched.queue_packet(work)
            dev = self.dev_in
            if dev is not None:
                self.dev_in = dev.link
                dev.datum = work.data[count]
                work.datum = count + 1
                return self.sched.queue_packet(dev)
        return self.sched.wait()


class DeviceTask(Task):
    def __init__(self, sched, ident, prio, queue, state):
        Task.__init__(self, sched, ident, prio, queue, state)
        self.pending = None

    def step(self, pkt):
        if pkt is None:
            p = self.pending
            if p is None:
                return self.sched.wait()
            self.pending = None
            return self.sched.queue_packet(p)
        self.pending = pkt
        self.sched.hold_count += 1
        return self.sched.hold_self()


class Scheduler:
    def __init__(self):
        self.tasks = self.current = None
        self.table = [None] * 6
        self.queue_count = self.hold_count = 0

    def hold_self(self):
        self.hold_count += 1
        self.current.held = True
        return self.current.link

    def wait(self):
        self.current.waiting = True
        return self.current

    def release(self, ident):
        t = self.table[ident]
        t.held = False
        return t if t.prio > self.current.prio else self.current

    def queue_packet(self, pkt):
        t = self.table[pkt.ident]
        self.queue_count += 1
        pkt.link = None
        pkt.ident = self.current.ident
        return t.add_packet(pkt, self.current)

    def run(self):
        t = self.tasks
        while t is not None:
            if t.runnable():
                self.current = t
                t = t.step(t.take() if t.waiting or not t.held else None)
            else:
                t = t.link


def packets(count, ident, kind):
    q = None
    for _ in range(count):
        q = Packet(q, ident, kind)
    return q


def run_once():
    s = Scheduler()
    IdleTask(s, IDLE, 0, None, "run")
    WorkTask(s, WORK, 1000, packets(2, WORK, KIND_WORK), "wait")
    HandlerTask(s, HANDLER_A, 2000, packets(3, DEV_A, KIND_DEV), "wait")
    HandlerTask(s, HANDLER_B, 3000, packets(3, DEV_B, KIND_DEV), "wait")
    DeviceTask(s, DEV_A, 4000, None, "wait")
    DeviceTask(s, DEV_B, 5000, None, "wait")
    s.run()
    return s.queue_count, s.hold_count


total_q = total_h = 0
for r in range(ROUNDS):
    qc, hc = run_once()
    total_q += qc
    total_h += hc
print("queue_count", qc, "hold_count", hc)
print("checksum", total_q * 31 + total_h)
