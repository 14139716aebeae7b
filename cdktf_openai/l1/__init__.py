# GENERATED FILE -- DO NOT EDIT BY HAND.
# Made by `make bindings` (scripts/generate-bindings.js), one module per submodule of
# cdktf_openai.generated and cdktf_openai.generated_cdktn.
"""The generated L1 layer of the core in use, chosen by :mod:`cdktf_openai.core`.

``cdktf_openai.generated`` for cdktf, ``cdktf_openai.generated_cdktn`` for CDK Terrain. One
module per type of the provider (34 resources, 56 data sources) and the provider
block, named as in cdktf's prebuilt providers: the resource ``openai_project`` is
``cdktf_openai.l1.project.Project``, the data source ``openai_messages`` is
``cdktf_openai.l1.data_openai_messages.DataOpenaiMessages``, the provider is
``cdktf_openai.l1.provider.OpenaiProvider``. Importing a module loads that module of one layer
only. The L2 constructs and the policies import the generated classes from here, never from one
core's package.
"""
