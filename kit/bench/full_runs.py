"""The training loops of the course's full runs, written the lectures' way in PyTorch, to time beside the
modules' own code (`./course train NN timing`) on the same machine: same network, initialisation scale,
batch, optimiser and learning-rate schedule, one step = sample a batch, forward, backward, update.

    python3 kit/bench/full_runs.py 05|06|07|08|09 [timed-steps] [warm-up-steps]

05 the MLP (11,897 parameters), 06 the batch-norm network (12,097), 07 the same network with every
gradient written by hand in float64 as the module does (12,297), 08 the scaled-up WaveNet (76,579), 09 the
baby GPT (816,705; AdamW, warm-up and cosine, clipping). Random ids stand in for names.txt and Shakespeare:
the time of a step does not depend on which characters they are. Evaluation is left out on both sides.
One thread (OMP_NUM_THREADS, torch.set_num_threads), like the Java side's one BLAS thread. Prints the BLAS
library this process loaded and `<module>: X ms per step over N steps after W warm-up steps`.
"""
import os
import resource
import sys
import time

# OpenBLAS reads its thread count when it loads, so before torch is imported
os.environ.setdefault("OPENBLAS_NUM_THREADS", os.environ.get("OMP_NUM_THREADS", "1"))
import torch  # noqa: E402
import torch.nn.functional as F  # noqa: E402

VOCAB, EXAMPLES = 27, 182_625


def contexts(block, gen):
    return torch.randint(0, VOCAB, (EXAMPLES, block), generator=gen), torch.randint(0, VOCAB, (EXAMPLES,), generator=gen)


def sgd_update(loss, params, lr):
    """Clear the gradients, backward, and one plain SGD step, as the makemore lectures write it."""
    for p in params:
        p.grad = None
    loss.backward()
    for p in params:
        p.data += -lr * p.grad


def mlp(gen):
    """Module 05: embedding 10, 200 tanh units, the lecture's init (every parameter N(0, 1))."""
    xs, ys = contexts(3, gen)
    C = torch.randn((VOCAB, 10), generator=gen)
    W1, b1 = torch.randn((30, 200), generator=gen), torch.randn(200, generator=gen)
    W2, b2 = torch.randn((200, VOCAB), generator=gen), torch.randn(VOCAB, generator=gen)
    params = [C, W1, b1, W2, b2]
    for p in params:
        p.requires_grad = True

    def step(i):
        ix = torch.randint(0, EXAMPLES, (32,), generator=gen)
        h = torch.tanh(C[xs[ix]].view(-1, 30) @ W1 + b1)
        loss = F.cross_entropy(h @ W2 + b2, ys[ix])
        sgd_update(loss, params, 0.1 if i < 100_000 else 0.01)

    return step, params


def batchnorm(gen):
    """Module 06's batch-norm recipe: Kaiming init, no hidden bias, batch norm with running statistics."""
    xs, ys = contexts(3, gen)
    C = torch.randn((VOCAB, 10), generator=gen)
    W1 = torch.randn((30, 200), generator=gen) * (5 / 3) / 30 ** 0.5
    W2, b2 = torch.randn((200, VOCAB), generator=gen) * 0.01, torch.randn(VOCAB, generator=gen) * 0
    gain, bias = torch.ones((1, 200)), torch.zeros((1, 200))
    mean_running, std_running = torch.zeros((1, 200)), torch.ones((1, 200))
    params = [C, W1, W2, b2, gain, bias]
    for p in params:
        p.requires_grad = True

    def step(i):
        nonlocal mean_running, std_running
        ix = torch.randint(0, EXAMPLES, (32,), generator=gen)
        pre = C[xs[ix]].view(-1, 30) @ W1
        mean, std = pre.mean(0, keepdim=True), pre.std(0, keepdim=True)
        h = torch.tanh(gain * (pre - mean) / std + bias)
        with torch.no_grad():
            mean_running = 0.999 * mean_running + 0.001 * mean
            std_running = 0.999 * std_running + 0.001 * std
        loss = F.cross_entropy(h @ W2 + b2, ys[ix])
        sgd_update(loss, params, 0.1 if i < 100_000 else 0.01)

    return step, params


def manual(gen):
    """Module 07: the same network with a hidden bias, float64, and every gradient written by hand."""
    xs, ys = contexts(3, gen)
    d = torch.float64
    C = torch.randn((VOCAB, 10), generator=gen, dtype=d)
    W1 = torch.randn((30, 200), generator=gen, dtype=d) * (5 / 3) / 30 ** 0.5
    b1 = torch.randn(200, generator=gen, dtype=d) * 0.1
    W2, b2 = torch.randn((200, VOCAB), generator=gen, dtype=d) * 0.1, torch.randn(VOCAB, generator=gen, dtype=d) * 0.1
    gain = torch.randn((1, 200), generator=gen, dtype=d) * 0.1 + 1.0
    bias = torch.randn((1, 200), generator=gen, dtype=d) * 0.1
    params = [C, W1, b1, W2, b2, gain, bias]
    n = 32

    def step(i):
        with torch.no_grad():
            ix = torch.randint(0, EXAMPLES, (n,), generator=gen)
            Xb, Yb = xs[ix], ys[ix]
            emb = C[Xb]
            embcat = emb.view(n, -1)
            hprebn = embcat @ W1 + b1
            mean = hprebn.mean(0, keepdim=True)
            diff = hprebn - mean
            var = (diff ** 2).sum(0, keepdim=True) / (n - 1)
            invstd = (var + 1e-5) ** -0.5
            raw = diff * invstd
            hpreact = gain * raw + bias
            h = torch.tanh(hpreact)
            logits = h @ W2 + b2
            F.cross_entropy(logits, Yb)
            # backward, by hand
            dlogits = F.softmax(logits, 1)
            dlogits[range(n), Yb] -= 1
            dlogits /= n
            dh = dlogits @ W2.T
            dW2 = h.T @ dlogits
            db2 = dlogits.sum(0)
            dhpreact = (1.0 - h ** 2) * dh
            dgain = (raw * dhpreact).sum(0, keepdim=True)
            dbias = dhpreact.sum(0, keepdim=True)
            dhprebn = gain * invstd / n * (n * dhpreact - dhpreact.sum(0) - n / (n - 1) * raw * (dhpreact * raw).sum(0))
            dembcat = dhprebn @ W1.T
            dW1 = embcat.T @ dhprebn
            db1 = dhprebn.sum(0)
            demb = dembcat.view(emb.shape)
            dC = torch.zeros_like(C)
            dC.index_add_(0, Xb.view(-1), demb.view(-1, 10))
            lr = 0.1 if i < 100_000 else 0.01
            for p, g in zip(params, [dC, dW1, db1, dW2, db2, dgain, dbias]):
                p += -lr * g

    return step, params


class Linear:
    def __init__(self, fan_in, fan_out, bias, gen):
        self.weight = torch.randn((fan_in, fan_out), generator=gen) / fan_in ** 0.5
        self.bias = torch.zeros(fan_out) if bias else None

    def __call__(self, x):
        out = x @ self.weight
        return out + self.bias if self.bias is not None else out

    def parameters(self):
        return [self.weight] + ([self.bias] if self.bias is not None else [])


class BatchNorm1d:
    def __init__(self, dim):
        self.gamma, self.beta = torch.ones(dim), torch.zeros(dim)
        self.running_mean, self.running_var = torch.zeros(dim), torch.ones(dim)

    def __call__(self, x):
        dims = 0 if x.ndim == 2 else (0, 1)
        mean, var = x.mean(dims, keepdim=True), x.var(dims, keepdim=True)
        out = self.gamma * (x - mean) / torch.sqrt(var + 1e-5) + self.beta
        with torch.no_grad():
            self.running_mean = 0.9 * self.running_mean + 0.1 * mean
            self.running_var = 0.9 * self.running_var + 0.1 * var
        return out

    def parameters(self):
        return [self.gamma, self.beta]


class Tanh:
    def __call__(self, x):
        return torch.tanh(x)

    def parameters(self):
        return []


class Embedding:
    def __init__(self, n, dim, gen):
        self.weight = torch.randn((n, dim), generator=gen)

    def __call__(self, ix):
        return self.weight[ix]

    def parameters(self):
        return [self.weight]


class FlattenConsecutive:
    def __init__(self, n):
        self.n = n

    def __call__(self, x):
        b, t, c = x.shape
        x = x.view(b, t // self.n, c * self.n)
        return x.squeeze(1) if x.shape[1] == 1 else x

    def parameters(self):
        return []


def wavenet(gen):
    """Module 08's scaled-up run: the lecture's own layer classes, n_embd 24, n_hidden 128, context 8."""
    xs, ys = contexts(8, gen)
    e, h = 24, 128
    layers = [Embedding(VOCAB, e, gen),
              FlattenConsecutive(2), Linear(e * 2, h, False, gen), BatchNorm1d(h), Tanh(),
              FlattenConsecutive(2), Linear(h * 2, h, False, gen), BatchNorm1d(h), Tanh(),
              FlattenConsecutive(2), Linear(h * 2, h, False, gen), BatchNorm1d(h), Tanh(),
              Linear(h, VOCAB, True, gen)]
    with torch.no_grad():
        layers[-1].weight *= 0.1
    params = [p for layer in layers for p in layer.parameters()]
    for p in params:
        p.requires_grad = True

    def step(i):
        ix = torch.randint(0, EXAMPLES, (32,), generator=gen)
        x = xs[ix]
        for layer in layers:
            x = layer(x)
        loss = F.cross_entropy(x, ys[ix])
        sgd_update(loss, params, 0.1 if i < 150_000 else 0.01)

    return step, params


def gpt(gen):
    """Module 09's baby GPT: the lecture's gpt.py architecture, nanoGPT's CPU recipe."""
    sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "..", "modules", "09-gpt", "python"))
    from load_in_pytorch import GPT
    import math
    torch.manual_seed(1337)
    model = GPT(vocab_size=65, block_size=64, n_embd=128, n_head=4, n_layer=4, dropout=0.0)
    decay = [p for p in model.parameters() if p.dim() >= 2]
    no_decay = [p for p in model.parameters() if p.dim() < 2]
    optimizer = torch.optim.AdamW([{"params": decay, "weight_decay": 0.1}, {"params": no_decay, "weight_decay": 0.0}],
                                  lr=1e-3, betas=(0.9, 0.99), eps=1e-8)
    text = torch.randint(0, 65, (1_003_854,), generator=gen)

    def lr_at(i, warmup=100, steps=2000, top=1e-3, bottom=1e-4):
        if i < warmup:
            return top * (i + 1) / warmup
        progress = min(1.0, (i - warmup) / (steps - warmup))
        return bottom + 0.5 * (1 + math.cos(math.pi * progress)) * (top - bottom)

    def step(i):
        starts = torch.randint(0, len(text) - 64, (12,), generator=gen)
        x = torch.stack([text[s:s + 64] for s in starts])
        y = torch.stack([text[s + 1:s + 65] for s in starts])
        for group in optimizer.param_groups:
            group["lr"] = lr_at(i)
        optimizer.zero_grad(set_to_none=True)
        logits = model(x)
        loss = F.cross_entropy(logits.view(-1, 65), y.view(-1))
        loss.backward()
        torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
        optimizer.step()

    return step, list(model.parameters())


WORKLOADS = {"05": mlp, "06": batchnorm, "07": manual, "08": wavenet, "09": gpt}


def blas_library():
    with open("/proc/self/maps") as f:
        paths = {line.split()[-1] for line in f if "blas" in line.lower() and "/" in line}
    return ", ".join(sorted(os.path.basename(p) for p in paths)) or "none found"


def main():
    module = sys.argv[1] if len(sys.argv) > 1 else "05"
    if module not in WORKLOADS:
        sys.exit(f"unknown module {module}; use one of {', '.join(WORKLOADS)}")
    timed = int(sys.argv[2]) if len(sys.argv) > 2 else 2000
    warmup = int(sys.argv[3]) if len(sys.argv) > 3 else 500
    torch.set_num_threads(int(os.environ.get("OMP_NUM_THREADS", "1")))
    gen = torch.Generator().manual_seed(2147483647)
    step, params = WORKLOADS[module](gen)
    print(f"PyTorch {torch.__version__}, {torch.get_num_threads()} thread(s), BLAS {blas_library()}; "
          f"{sum(p.numel() for p in params):,} parameters")
    for i in range(warmup):
        step(i)
    start = time.perf_counter()
    for i in range(warmup, warmup + timed):
        step(i)
    ms = (time.perf_counter() - start) * 1000 / timed
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024
    print(f"{module}: {ms:.3f} ms per step over {timed:,} steps after {warmup:,} warm-up steps; peak {peak:,} MB")


if __name__ == "__main__":
    main()
