"""Reproducible generation of the packaged SalesSim data (products, images, guides, personas).

Run `python -m datagen build [CATEGORY ...]` to regenerate `salessim_inspect/data/<category>/`.
"""
