"""The generated L1 layer of the core in use, chosen by :mod:`cdktf_openai.core`.

``cdktf_openai.generated`` for cdktf, ``cdktf_openai.generated_cdktn`` for CDK Terrain. One
module per resource, named as in the generated packages (``cdktf_openai.l1.run`` holds ``Run``
and ``RunConfig`` of the core in use). The L2 constructs and the policies import the generated
classes from here, never from one core's package.
"""
