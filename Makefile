# Two commands set everything up on a fresh machine with python3:
#   make demo   installs kg into .venv, builds the graph of seeds/ into out/ and adds it
#               to the default store .kg/store (for kg query and kg serve)
#   make test   installs kg with its test extras into .venv (and, as root, the Debian
#               packages of .ci/apt-packages.txt that browser and store tests use),
#               then runs the tests
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin

.PHONY: demo test install bench bench-speed bench-quality bench-store train-relations clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $@

install: $(VENV)/.installed

demo: install
	$(BIN)/kg build seeds/ -o out/
	@echo "open out/graph.html in a browser; the graph is out/graph.ttl; ask it: $(BIN)/kg query --name investments --bind company=腾讯"

test: install
	@bash .ci/system-deps
	$(BIN)/python -m pytest -q

bench: bench-speed bench-quality

bench-speed: install
	$(BIN)/python bench/speed.py

bench-quality: install
	$(BIN)/python bench/quality.py

bench-store: install
	$(BIN)/python bench/store.py

# retrain the relation classifier kg/data/relation_model.json on FinRE train.txt
train-relations: install
	$(BIN)/python bench/train_relations.py

clean:
	rm -rf out/ bench/.cache/ .pytest_cache/
