"""The kit benchmark's two workloads in PyTorch, for a baseline measured on the same machine.

Same networks, batch sizes, optimisers and timing scheme as zerotohero.kit.bench.Bench: warm-up steps
(for at least 15 s), then several timed runs; prints the median milliseconds per training step (forward,
backward, optimiser step). Usage: python3 kit/bench/pytorch_bench.py mlp|gpt [threads] [runs]
"""
import math
import statistics
import sys
import time

import torch
import torch.nn as nn
import torch.nn.functional as F


def mlp(gen):
    n, block, batch = 10_000, 3, 32
    xs = torch.randint(0, 27, (n, block), generator=gen)
    ys = torch.randint(0, 27, (n,), generator=gen)
    table = torch.randn(27, 10, generator=gen, requires_grad=True)
    net = nn.Sequential(nn.Linear(30, 200, bias=False), nn.BatchNorm1d(200), nn.Tanh(), nn.Linear(200, 27))
    sgd = torch.optim.SGD([table, *net.parameters()], lr=0.1)

    def step():
        rows = torch.randint(0, n, (batch,), generator=gen)
        emb = table[xs[rows]].view(batch, block * 10)
        loss = F.cross_entropy(net(emb), ys[rows])
        sgd.zero_grad(set_to_none=True)
        loss.backward()
        sgd.step()

    return step, 1000


class Block(nn.Module):
    def __init__(self, c, heads):
        super().__init__()
        self.heads = heads
        self.ln_1 = nn.LayerNorm(c)
        self.c_attn = nn.Linear(c, 3 * c, bias=False)
        self.c_proj = nn.Linear(c, c, bias=False)
        self.ln_2 = nn.LayerNorm(c)
        self.c_fc = nn.Linear(c, 4 * c, bias=False)
        self.mlp_proj = nn.Linear(4 * c, c, bias=False)

    def forward(self, x, mask):
        b, t, c = x.shape
        q, k, v = self.c_attn(self.ln_1(x)).split(c, dim=2)
        q, k, v = (z.view(b, t, self.heads, c // self.heads).transpose(1, 2) for z in (q, k, v))
        att = (q @ k.transpose(-2, -1)) * (1.0 / math.sqrt(k.size(-1)))
        att = att.masked_fill(mask[:t, :t] == 0, float("-inf")).softmax(dim=-1)
        y = (att @ v).transpose(1, 2).contiguous().view(b, t, c)
        x = x + self.c_proj(y)
        return x + self.mlp_proj(F.gelu(self.c_fc(self.ln_2(x)), approximate="tanh"))


class BabyGpt(nn.Module):
    def __init__(self, vocab=65, block=64, layers=4, heads=4, c=128):
        super().__init__()
        self.wte = nn.Embedding(vocab, c)
        self.wpe = nn.Embedding(block, c)
        self.h = nn.ModuleList(Block(c, heads) for _ in range(layers))
        self.ln_f = nn.LayerNorm(c)
        self.register_buffer("mask", torch.tril(torch.ones(block, block)))

    def forward(self, ids):
        t = ids.size(1)
        x = self.wte(ids) + self.wpe(torch.arange(t))
        for block in self.h:
            x = block(x, self.mask)
        return self.ln_f(x) @ self.wte.weight.t()  # weight tying, as in nanoGPT


def gpt(gen):
    batch, t, vocab = 12, 64, 65
    model = BabyGpt()
    adamw = torch.optim.AdamW(model.parameters(), lr=1e-3, betas=(0.9, 0.99), eps=1e-8, weight_decay=0.1)
    text = torch.randint(0, vocab, (100_000,), generator=gen)

    def step():
        starts = torch.randint(0, len(text) - t - 1, (batch,), generator=gen)
        x = torch.stack([text[s:s + t] for s in starts])
        y = torch.stack([text[s + 1:s + 1 + t] for s in starts])
        loss = F.cross_entropy(model(x).view(-1, vocab), y.view(-1))
        adamw.zero_grad(set_to_none=True)
        loss.backward()
        adamw.step()

    return step, 10


WARMUP_SECONDS = 15.0  # Bench.WARMUP_NANOS


def main():
    which = sys.argv[1] if len(sys.argv) > 1 else "mlp"
    threads = int(sys.argv[2]) if len(sys.argv) > 2 else 1
    runs = int(sys.argv[3]) if len(sys.argv) > 3 else 7
    torch.set_num_threads(threads)
    torch.manual_seed(42)
    step, steps = {"mlp": mlp, "gpt": gpt}[which](torch.Generator().manual_seed(1337))
    warmup_end = time.perf_counter() + WARMUP_SECONDS
    while True:  # at least one run's steps and WARMUP_SECONDS, as the Java side warms up
        for _ in range(steps):
            step()
        if time.perf_counter() >= warmup_end:
            break
    wall, cpu = [], []
    for _ in range(runs):
        w0, c0 = time.perf_counter(), time.process_time()
        for _ in range(steps):
            step()
        wall.append((time.perf_counter() - w0) * 1000 / steps)
        cpu.append((time.process_time() - c0) * 1000 / steps)
    print(f"pytorch {torch.__version__} {which}: median {statistics.median(wall):.3f} ms/step wall, "
          f"{statistics.median(cpu):.3f} ms/step CPU of the process, over {runs} runs of {steps} steps "
          f"(wall: {[round(x, 3) for x in sorted(wall)]}), {threads} thread(s)")


if __name__ == "__main__":
    main()
