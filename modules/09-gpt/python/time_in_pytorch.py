"""Times training steps of the lecture's GPT in PyTorch, to set beside `./course train 09 gpt-timing`
(or `baby-gpt-timing`) on the same machine: the same architecture (load_in_pytorch.py's, which is gpt.py's),
the same batch, AdamW, and optionally the same gradient accumulation over micro-batches.

    python3 time_in_pytorch.py gpt [steps] [micro-batch]        # n_embd 384, 6 heads, 6 layers, 256 × 64
    python3 time_in_pytorch.py baby-gpt [steps] [micro-batch]   # n_embd 128, 4 heads, 4 layers, 64 × 12

Random token ids stand in for Shakespeare (the time of a step does not depend on which ids they are). One
thread unless OMP_NUM_THREADS says otherwise, like the Java side's one BLAS thread. Prints the BLAS PyTorch
was built with, the milliseconds of each step after a warm-up step, their median, and the peak resident
memory of the process.
"""
import os
import resource
import statistics
import sys
import time

import torch

from load_in_pytorch import GPT

CONFIGS = {
    "gpt": dict(n_embd=384, n_head=6, n_layer=6, block_size=256, batch=64, dropout=0.2, lr=3e-4),
    "baby-gpt": dict(n_embd=128, n_head=4, n_layer=4, block_size=64, batch=12, dropout=0.0, lr=1e-3),
}


def blas_library():
    """The BLAS library this process loaded (Debian's python3-torch calls whichever libblas.so.3 is installed:
    the slow reference one, or OpenBLAS once libopenblas0-pthread is)."""
    with open("/proc/self/maps") as f:
        paths = {line.split()[-1] for line in f if "blas" in line.lower() and "/" in line}
    return ", ".join(sorted(paths)) or "none found"


def main():
    name = sys.argv[1] if len(sys.argv) > 1 else "baby-gpt"
    steps = int(sys.argv[2]) if len(sys.argv) > 2 else 3
    c = CONFIGS[name]
    micro = int(sys.argv[3]) if len(sys.argv) > 3 else c["batch"]
    assert c["batch"] % micro == 0, f"micro-batch {micro} does not divide the batch {c['batch']}"
    torch.set_num_threads(int(os.environ.get("OMP_NUM_THREADS", "1")))
    torch.manual_seed(1337)
    model = GPT(vocab_size=65, block_size=c["block_size"], n_embd=c["n_embd"], n_head=c["n_head"],
                n_layer=c["n_layer"], dropout=c["dropout"])
    optimizer = torch.optim.AdamW(model.parameters(), lr=c["lr"])
    print(f"PyTorch {torch.__version__}, {torch.get_num_threads()} thread(s), BLAS: {blas_library()}")
    print(f"{name}: {sum(p.numel() for p in model.parameters()):,} parameters, batch {c['batch']}"
          f" x {c['block_size']}, micro-batch {micro}")

    def step():
        optimizer.zero_grad(set_to_none=True)
        for _ in range(c["batch"] // micro):
            x = torch.randint(65, (micro, c["block_size"]))
            y = torch.randint(65, (micro, c["block_size"]))
            logits = model(x)
            loss = torch.nn.functional.cross_entropy(logits.view(-1, 65), y.view(-1)) * (micro / c["batch"])
            loss.backward()
        optimizer.step()

    step()
    times = []
    for i in range(steps):
        start = time.perf_counter()
        step()
        times.append((time.perf_counter() - start) * 1000)
        print(f"step {i + 1}: {times[-1]:.1f} ms")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024 / 1024
    print(f"median {statistics.median(times):.1f} ms per step; peak resident memory {peak:.1f} GB")


if __name__ == "__main__":
    main()
