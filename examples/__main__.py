"""The app that ``cdktf synth`` (``make synth``) runs: every example stack, synthesized."""

from cdktf_openai.core import App
from examples import build_all

if __name__ == "__main__":
    app = App()
    build_all(app)
    app.synth()
