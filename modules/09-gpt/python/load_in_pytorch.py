"""Loads a checkpoint written by the Java course into the lecture's GPT (gpt.py's architecture, in PyTorch)
and prints its logits, so that they can be compared with the Java model's.

    python3 load_in_pytorch.py results/baby-gpt.safetensors [java-logits.json]

The safetensors file is read by hand (8-byte header length, JSON header, float32 data), so the script needs
only torch; with the `safetensors` package installed, safetensors.torch.load_file(path) gives the same dict.
The model below has the lecture's module names, so that load_state_dict(strict=True) checks every key and
shape. If a JSON file of logits from Java is given ({"ids": [...], "logits": [[...], ...]}), the largest
difference is printed.
"""
import json
import struct
import sys

import torch
import torch.nn as nn
from torch.nn import functional as F


def read_safetensors(path):
    with open(path, "rb") as f:
        n = struct.unpack("<Q", f.read(8))[0]
        header = json.loads(f.read(n))
        data = f.read()
    meta = header.pop("__metadata__", {})
    tensors = {}
    for name, info in header.items():
        assert info["dtype"] == "F32", name
        begin, end = info["data_offsets"]
        t = torch.frombuffer(bytearray(data[begin:end]), dtype=torch.float32)
        tensors[name] = t.reshape(info["shape"])
    return tensors, meta


class Head(nn.Module):
    def __init__(self, n_embd, head_size, block_size, dropout):
        super().__init__()
        self.key = nn.Linear(n_embd, head_size, bias=False)
        self.query = nn.Linear(n_embd, head_size, bias=False)
        self.value = nn.Linear(n_embd, head_size, bias=False)
        self.register_buffer("tril", torch.tril(torch.ones(block_size, block_size)))
        self.dropout = nn.Dropout(dropout)

    def forward(self, x):
        T = x.shape[1]
        k, q, v = self.key(x), self.query(x), self.value(x)
        w = q @ k.transpose(-2, -1) * k.shape[-1] ** -0.5
        w = w.masked_fill(self.tril[:T, :T] == 0, float("-inf"))
        return self.dropout(F.softmax(w, dim=-1)) @ v


class MultiHeadAttention(nn.Module):
    def __init__(self, n_embd, n_head, block_size, dropout):
        super().__init__()
        size = n_embd // n_head
        self.heads = nn.ModuleList([Head(n_embd, size, block_size, dropout) for _ in range(n_head)])
        self.proj = nn.Linear(n_embd, n_embd)
        self.dropout = nn.Dropout(dropout)

    def forward(self, x):
        return self.dropout(self.proj(torch.cat([h(x) for h in self.heads], dim=-1)))


class FeedForward(nn.Module):
    def __init__(self, n_embd, dropout):
        super().__init__()
        self.net = nn.Sequential(nn.Linear(n_embd, 4 * n_embd), nn.ReLU(), nn.Linear(4 * n_embd, n_embd),
                                 nn.Dropout(dropout))

    def forward(self, x):
        return self.net(x)


class Block(nn.Module):
    def __init__(self, n_embd, n_head, block_size, dropout):
        super().__init__()
        self.sa = MultiHeadAttention(n_embd, n_head, block_size, dropout)
        self.ffwd = FeedForward(n_embd, dropout)
        self.ln1 = nn.LayerNorm(n_embd)
        self.ln2 = nn.LayerNorm(n_embd)

    def forward(self, x):
        x = x + self.sa(self.ln1(x))
        return x + self.ffwd(self.ln2(x))


class GPT(nn.Module):
    def __init__(self, vocab_size, block_size, n_embd, n_head, n_layer, dropout):
        super().__init__()
        self.token_embedding_table = nn.Embedding(vocab_size, n_embd)
        self.position_embedding_table = nn.Embedding(block_size, n_embd)
        self.blocks = nn.Sequential(*[Block(n_embd, n_head, block_size, dropout) for _ in range(n_layer)])
        self.ln_f = nn.LayerNorm(n_embd)
        self.lm_head = nn.Linear(n_embd, vocab_size)

    def forward(self, idx):
        T = idx.shape[1]
        x = self.token_embedding_table(idx) + self.position_embedding_table(torch.arange(T))
        return self.lm_head(self.ln_f(self.blocks(x)))


def main():
    tensors, meta = read_safetensors(sys.argv[1])
    settings = {k: int(meta[k]) for k in ("vocab_size", "block_size", "n_embd", "n_head", "n_layer")}
    model = GPT(dropout=float(meta["dropout"]), **settings)
    model.load_state_dict(tensors, strict=True)
    model.eval()
    chars = meta["chars"]
    print("loaded", sys.argv[1], settings, "steps", meta.get("steps"), "val_loss", meta.get("val_loss"))
    if len(sys.argv) > 2:
        with open(sys.argv[2]) as f:
            java = json.load(f)
        ids = torch.tensor([java["ids"]])
        with torch.no_grad():
            logits = model(ids)[0]
        diff = (logits - torch.tensor(java["logits"])).abs().max().item()
        print(f"ids {java['ids'][:8]}... largest |PyTorch - Java| logit difference: {diff:.2e}")
    else:
        ids = torch.tensor([[chars.index(c) for c in "First Citizen:"]])
        with torch.no_grad():
            print(model(ids)[0, -1, :5])


if __name__ == "__main__":
    main()
