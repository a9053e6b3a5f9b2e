"""Tiny models and data for one-step runs of the fine-tuning templates, built
here with no download: python tiny_models.py KIND FOLDER writes FOLDER/model
(a randomly initialised model of a few thousand weights with its tokenizer or
image processor, save_pretrained) and FOLDER/data (the task's data layout).

KIND: text_classification, token_classification, summarization,
translation, text_generation, llm_finetuning, image_classification,
image_regression, object_detection.
"""
import json
import os
import random
import sys

WORDS = ("the a cat dog sat on mat good bad film great awful happy sad red blue run fast slow"
         " le chat chien bon mauvais rouge bleu court vite lent user assistant").split()
SPECIALS = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]", "</s>", "<s>"]
ROWS = 16


def sentence(rng, length=6):
    return " ".join(rng.choice(WORDS[:19]) for _ in range(length))


def word_tokenizer(folder, bert_style=False, pad=True, chat=False):
    """A fast word-level tokenizer over WORDS (the tokenizers library)."""
    from tokenizers import Tokenizer, models, pre_tokenizers, processors
    from transformers import PreTrainedTokenizerFast
    vocab = {token: i for i, token in enumerate(SPECIALS + WORDS)}
    core = Tokenizer(models.WordLevel(vocab, unk_token="[UNK]"))
    core.pre_tokenizer = pre_tokenizers.Whitespace()
    if bert_style:
        core.post_processor = processors.TemplateProcessing(
            single="[CLS] $A [SEP]", pair="[CLS] $A [SEP] $B:1 [SEP]:1",
            special_tokens=[("[CLS]", vocab["[CLS]"]), ("[SEP]", vocab["[SEP]"])])
    specials = dict(unk_token="[UNK]", eos_token="</s>", bos_token="<s>")
    if pad:
        specials["pad_token"] = "[PAD]"
    if bert_style:
        specials.update(cls_token="[CLS]", sep_token="[SEP]", mask_token="[MASK]")
    tokenizer = PreTrainedTokenizerFast(tokenizer_object=core, **specials)
    if chat:
        tokenizer.chat_template = ("{% for m in messages %}{{ m['role'] }} {{ m['content'] }} </s> {% endfor %}"
                                   "{% if add_generation_prompt %}assistant {% endif %}")
    tokenizer.save_pretrained(folder)
    return vocab


def write_jsonl(path, rows):
    with open(path, "w", encoding="utf-8") as f:
        for row in rows:
            f.write(json.dumps(row) + "\n")
    return path


def text_classification(model, data, rng):
    from transformers import BertConfig, BertModel
    vocab = word_tokenizer(model, bert_style=True)
    BertModel(BertConfig(vocab_size=len(vocab), hidden_size=32, num_hidden_layers=1, num_attention_heads=2,
                         intermediate_size=64, max_position_embeddings=64)).save_pretrained(model)
    with open(data + ".csv", "w", encoding="utf-8") as f:
        f.write("text,label\n")
        for i in range(ROWS):
            f.write("%s,%s\n" % (sentence(rng), "positive" if i % 2 else "negative"))


def token_classification(model, data, rng):
    from transformers import BertConfig, BertModel
    vocab = word_tokenizer(model, bert_style=True)
    BertModel(BertConfig(vocab_size=len(vocab), hidden_size=32, num_hidden_layers=1, num_attention_heads=2,
                         intermediate_size=64, max_position_embeddings=64)).save_pretrained(model)
    rows = []
    for _ in range(ROWS):
        tokens = sentence(rng).split()
        rows.append({"tokens": tokens, "ner_tags": ["B-ANIMAL" if t in ("cat", "dog") else "O" for t in tokens]})
    write_jsonl(data + ".jsonl", rows)


def seq2seq_model(model):
    from transformers import T5Config, T5ForConditionalGeneration
    vocab = word_tokenizer(model)
    T5ForConditionalGeneration(T5Config(
        vocab_size=len(vocab), d_model=32, d_ff=64, d_kv=16, num_layers=1, num_decoder_layers=1, num_heads=2,
        pad_token_id=vocab["[PAD]"], eos_token_id=vocab["</s>"],
        decoder_start_token_id=vocab["[PAD]"])).save_pretrained(model)


def summarization(model, data, rng):
    seq2seq_model(model)
    write_jsonl(data + ".jsonl", [{"article": sentence(rng, 12), "highlights": sentence(rng, 3)} for _ in range(ROWS)])


def translation(model, data, rng):
    seq2seq_model(model)
    write_jsonl(data + ".jsonl", [{"en": sentence(rng), "fr": " ".join(rng.choice(WORDS[19:27]) for _ in range(5))}
                                  for _ in range(ROWS)])


def text_generation(model, data, rng):
    from transformers import GPT2Config, GPT2LMHeadModel
    vocab = word_tokenizer(model, pad=False)
    GPT2LMHeadModel(GPT2Config(vocab_size=len(vocab), n_embd=32, n_layer=1, n_head=2, n_positions=64,
                               bos_token_id=vocab["<s>"], eos_token_id=vocab["</s>"])).save_pretrained(model)
    write_jsonl(data + ".jsonl", [{"text": sentence(rng, 10)} for _ in range(ROWS)])


def llm_finetuning(model, data, rng):
    from transformers import LlamaConfig, LlamaForCausalLM
    vocab = word_tokenizer(model, chat=True)
    LlamaForCausalLM(LlamaConfig(vocab_size=len(vocab), hidden_size=32, intermediate_size=64, num_hidden_layers=1,
                                 num_attention_heads=2, num_key_value_heads=2, max_position_embeddings=128,
                                 pad_token_id=vocab["[PAD]"], bos_token_id=vocab["<s>"],
                                 eos_token_id=vocab["</s>"])).save_pretrained(model)
    write_jsonl(data + ".jsonl", [{"messages": [{"role": "user", "content": sentence(rng, 4)},
                                                {"role": "assistant", "content": sentence(rng, 4)}]}
                                  for _ in range(ROWS)])


def vit(model):
    from transformers import ViTConfig, ViTImageProcessor, ViTModel
    ViTModel(ViTConfig(image_size=32, patch_size=8, num_channels=3, hidden_size=32, num_hidden_layers=1,
                       num_attention_heads=2, intermediate_size=64)).save_pretrained(model)
    ViTImageProcessor(size={"height": 32, "width": 32}).save_pretrained(model)


def picture(rng, path, light):
    from PIL import Image, ImageDraw
    image = Image.new("RGB", (40, 40), (240, 230, 200) if light else (20, 30, 60))
    x, y = rng.randint(0, 20), rng.randint(0, 20)
    ImageDraw.Draw(image).rectangle([x, y, x + 15, y + 15], fill=(200, 30, 30))
    image.save(path)
    return x, y


def image_classification(model, data, rng):
    vit(model)
    for i in range(ROWS):
        label = "light" if i % 2 else "dark"
        os.makedirs(os.path.join(data, label), exist_ok=True)
        picture(rng, os.path.join(data, label, "%d.png" % i), i % 2)


def image_regression(model, data, rng):
    vit(model)
    os.makedirs(data, exist_ok=True)
    with open(os.path.join(data, "metadata.csv"), "w", encoding="utf-8") as f:
        f.write("file_name,age\n")
        for i in range(ROWS):
            picture(rng, os.path.join(data, "%d.png" % i), i % 2)
            f.write("%d.png,%d\n" % (i, 20 + i))


def object_detection(model, data, rng):
    from transformers import DetrConfig, DetrForObjectDetection, DetrImageProcessor, ResNetConfig
    backbone = ResNetConfig(embedding_size=8, hidden_sizes=[8, 8, 8, 8], depths=[1, 1, 1, 1],
                            out_features=["stage4"])
    config = DetrConfig(use_timm_backbone=False, use_pretrained_backbone=False, backbone=None,
                        backbone_config=backbone, d_model=32, encoder_layers=1, decoder_layers=1,
                        encoder_attention_heads=2, decoder_attention_heads=2, encoder_ffn_dim=32,
                        decoder_ffn_dim=32, num_queries=5, num_labels=1)
    DetrForObjectDetection(config).save_pretrained(model)
    DetrImageProcessor().save_pretrained(model)
    os.makedirs(os.path.join(data, "images"), exist_ok=True)
    coco = {"images": [], "annotations": [], "categories": [{"id": 1, "name": "box"}]}
    for i in range(ROWS):
        x, y = picture(rng, os.path.join(data, "images", "%d.png" % i), i % 2)
        coco["images"].append({"id": i, "file_name": "%d.png" % i, "width": 40, "height": 40})
        coco["annotations"].append({"id": i, "image_id": i, "category_id": 1, "bbox": [x, y, 15, 15],
                                    "area": 225, "iscrowd": 0})
    with open(os.path.join(data, "annotations.json"), "w", encoding="utf-8") as f:
        json.dump(coco, f)


if __name__ == "__main__":
    kind, folder = sys.argv[1], sys.argv[2]
    model_dir, data_path = os.path.join(folder, "model"), os.path.join(folder, "data")
    os.makedirs(model_dir, exist_ok=True)
    globals()[kind](model_dir, data_path, random.Random(7))
    print("built", kind)
