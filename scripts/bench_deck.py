#!/usr/bin/env python3
"""Writes the 100k-card deck that scripts/bench.sh imports, in two equal forms:

  OUT/deck/NN-chapter-N.toml   native postcards deck, one file per chapter
  OUT/cards.csv                Anki text export (#header lines, comma-separated, RFC 4180),
                               which postcards and Anki itself both import

(bench.sh makes each import's floor from the rows that import writes.)

The text is made from a fixed vocabulary by a seeded generator, so every run gives the same
bytes: questions of 6-20 words, answers of 4-40 words, with the Greek letters and math
symbols a post-training deck has (about one card in ten) and a few CJK words.

  scripts/bench_deck.py OUT [--cards 100000] [--chapters 20] [--seed 1]
"""
import argparse
import csv
import os
import random

# The deck name `postcards dev generate` gives the synthetic collection, so the two match.
DECK = "synthetic"

TERMS = [
    "reward model", "policy", "reference model", "KL penalty", "advantage", "value head",
    "learning rate", "LoRA rank", "adapter", "tokenizer", "chat template", "loss mask",
    "preference pair", "rejection sampling", "beam search", "temperature", "top-p sampling",
    "gradient clipping", "warm-up schedule", "mixed precision", "quantisation", "distillation",
    "evaluation harness", "held-out set", "contamination check", "judge model", "rubric",
    "curriculum", "replay buffer", "baseline", "entropy bonus", "clip range", "rollout",
    "group of samples", "verifier", "unit test reward", "format reward", "length penalty",
]
SYMBOLS = [
    "π_θ", "π_ref", "β", "KL(π‖π_ref)", "∇_θ log π_θ", "Σ_t", "ρ = π_θ/π_old", "ε", "σ(·)",
    "Â_t", "γ", "λ", "√d", "‖g‖₂", "日本語", "中文",
]
VERBS = [
    "control", "measure", "prevent", "trade off", "change", "stabilise", "cost", "depend on",
    "reduce", "increase", "estimate", "replace", "bound", "normalise",
]
CONTEXTS = [
    "during SFT", "in PPO", "in GRPO", "in DPO", "at inference", "when evaluating",
    "with LoRA", "on long prompts", "for code tasks", "in a production pipeline",
    "with a small batch", "after pre-training", "for math problems", "with noisy labels",
]
QUESTION_FORMS = [
    "What does the {t} {v} {c}?",
    "Why does the {t} {v} the {u} {c}?",
    "How is the {t} chosen {c}, and what goes wrong when it is too large?",
    "Which quantity does the {t} {v}?",
    "When should you {v} the {t} {c}?",
    "What is the role of {s} {c}?",
    "Compare the {t} and the {u} {c}.",
]
FILLER = [
    "it", "keeps", "the", "update", "close", "to", "what", "was", "learnt", "before", "so",
    "that", "rare", "cases", "are", "not", "forgotten", "and", "the", "signal", "stays",
    "useful", "a", "larger", "value", "gives", "faster", "but", "noisier", "progress", "while",
    "smaller", "ones", "are", "safer", "in", "practice", "most", "runs", "use", "default",
]


def question(rng):
    form = rng.choice(QUESTION_FORMS)
    return form.format(t=rng.choice(TERMS), u=rng.choice(TERMS), v=rng.choice(VERBS),
                       c=rng.choice(CONTEXTS), s=rng.choice(SYMBOLS))


def answer(rng):
    words = [rng.choice(FILLER) for _ in range(rng.randint(4, 40))]
    if rng.random() < 0.1:
        words.insert(rng.randrange(len(words)), rng.choice(SYMBOLS))
    if rng.random() < 0.3:
        words.insert(rng.randrange(len(words)), rng.choice(TERMS) + ",")
    text = " ".join(words)
    return text[0].upper() + text[1:] + "."


def toml_string(text):
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def cards(count, chapters, seed):
    """(index, chapter number from 1, key, front, back, tags) in deck order."""
    rng = random.Random(seed)
    for index in range(count):
        chapter = index * chapters // count + 1
        front = f"{question(rng)} (#{index})"  # unique, as lint and Anki expect
        tags = rng.sample(["sft", "rl", "eval", "data", "formula", "why", "contrast"], rng.randint(0, 3))
        yield index, chapter, f"card-{index}", front, answer(rng), tags


def write_toml(out, rows, chapters):
    directory = os.path.join(out, "deck")
    os.makedirs(directory, exist_ok=True)
    files = {}
    for chapter in range(1, chapters + 1):
        handle = open(os.path.join(directory, f"{chapter:02d}-chapter-{chapter}.toml"), "w", encoding="utf-8")
        handle.write(f'[deck]\nname = "{DECK}"\nchapter = "chapter-{chapter}"\n'
                     f'title = "Synthetic chapter {chapter}"\norder = {chapter}\n')
        files[chapter] = handle
    for _, chapter, key, front, back, tags in rows:
        tag_list = ", ".join(toml_string(tag) for tag in tags)
        files[chapter].write(f'\n[[cards]]\nid = "{key}"\nfront = {toml_string(front)}\n'
                             f'back = {toml_string(back)}\ntags = [{tag_list}]\n')
    for handle in files.values():
        handle.close()


def write_anki_csv(out, rows):
    with open(os.path.join(out, "cards.csv"), "w", encoding="utf-8", newline="") as handle:
        handle.write("#separator:comma\n#html:false\n#guid column:1\n#deck column:2\n#tags column:5\n")
        writer = csv.writer(handle, lineterminator="\n")
        for _, chapter, key, front, back, tags in rows:
            writer.writerow([key, f"{DECK}::chapter-{chapter}", front, back, " ".join(tags)])


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("out")
    parser.add_argument("--cards", type=int, default=100_000)
    parser.add_argument("--chapters", type=int, default=20)
    parser.add_argument("--seed", type=int, default=1)
    options = parser.parse_args()
    os.makedirs(options.out, exist_ok=True)
    rows = list(cards(options.cards, options.chapters, options.seed))
    write_toml(options.out, rows, options.chapters)
    write_anki_csv(options.out, rows)


if __name__ == "__main__":
    main()
