"""Given names common in England that are, with little doubt, a woman's or a man's.

Used only where nothing in the text gives a person's gender (a title, "she said"): "Sarah
Kemp met David Roe. 'We are ready,' she said." Names given to both (Jo, Sam, Alex, Chris,
Charlie, Jamie, Jordan, Robin, Kim, Ashley, Frankie, Morgan, ...) are in neither list.

>>> gender_of_given_name("Sarah"), gender_of_given_name("David"), gender_of_given_name("Jo")
('f', 'm', None)
"""

from __future__ import annotations

__all__ = ["gender_of_given_name", "gender_of_lone_name"]

_FEMALE = """
Abigail Ada Adaeze Adele Agnes Aisha Alice Alison Amanda Amber Amelia Amina Amira Amy Ana
Andrea Angela Angharad Anita Ann Anna Anne Annette Annie Antonia Anya Arabella Aria Asha
Audrey Ava Barbara Beatrice Becky Belinda Bernadette Beth Bethan Bethany Beverley Bridget
Brenda Bronwen Caitlin Carla Carly Carmen Carol Carole Caroline Carys Catherine Cathy
Charlotte Chelsea Cheryl Chloe Christine Claire Clara Clare Claudia Colette Connie Courtney
Cynthia Daisy Dawn Debbie Deborah Debra Denise Diana Diane Donna Dorothy Edith Eileen Elaine
Eleanor Elena Elizabeth Ella Ellen Ellie Eloise Elsie Emily Emma Erica Esther Eve Evelyn
Faith Farah Fatima Felicity Fiona Florence Frances Freya Gail Gemma Georgia Georgina
Geraldine Gillian Gloria Grace Gwen Hannah Harriet Hayley Hazel Heather Helen Helena Holly
Imogen Ingrid Irene Isabel Isabella Isla Ivy Jacqueline Jade Jane Janet Janice Jasmine Jean
Jeanette Jemma Jenna Jennifer Jenny Jess Jessica Jill Joan Joanna Joanne Jocelyn Josephine Joy
Joyce Judith Judy Julia Julie Juliet June Karen Kate Katherine Kathleen Kathryn Katie Kayleigh
Kelly Kerry Kirsty Lara Laura Lauren Leah Leanne Lily Linda Lindsay Lisa Lorna Lorraine
Louise Lucy Lydia Lynn Lynne Maisie Mandy Marcia Margaret Maria Marian Marianne Marie Marion Martha
Mary Maureen Maxine Megan Melanie Melissa Mia Michelle Mildred Millie Miriam Molly Monica
Nadia Nadine Naomi Natalie Natasha Nicola Nina Nora Olivia Pamela Patricia Paula Pauline
Penelope Penny Philippa Phoebe Pippa Polly Poppy Priya Rachel Rebecca Rhiannon Rita Roberta
Rosa Rosalind Rose Rosemary Rosie Ruby Ruth Sally Samantha Sandra Sara Sarah Scarlett Shabana
Shanice Sharon Sheila Shirley Siobhan Sophia Sophie Stacey Stella Stephanie Susan Suzanne
Sylvia Tamsin Tanya Teresa Theresa Tina Tracey Tracy Ursula Valerie Vanessa Vera Veronica
Victoria Violet Wendy Yasmin Yvonne Zara Zoe
"""

_MALE = """
Aaron Abdul Adam Adrian Ahmed Aidan Alan Alastair Albert Alexander Alfie Alistair Amir
Andrew Angus Anthony Archie Arthur Barry Ben Benjamin Bernard Bill Bob Brendan Brian Bruce
Callum Calum Carl Cedric Charles Christopher Clive Colin Connor Craig Damian Damien Dan
Daniel Darren Dave David Dean Declan Derek Dermot Desmond Dominic Donald Douglas Duncan
Dylan Edward Elliot Elliott Eric Ethan Euan Ewan Finlay Francis Frank Fraser Frederick Gareth
Gary Gavin Geoffrey George Gerald Gerard Gordon Graham Grant Greg Gregory Guy Hamish Harold
Harry Harvey Hassan Henry Howard Hugh Hugo Iain Ian Imran Isaac Ivan Jack Jacob Jake James
Jason Jeffrey Jeremy Jim Joe Joel John Jonathan Joseph Joshua Julian Justin Karl Keith Kenneth
Kev Kevin Kieran Kyle Lee Leo Leon Leonard Lewis Liam Luke Malcolm Marcus Mark Martin Matthew
Michael Mohammed Muhammad Nathan Neil Nicholas Nigel Noah Norman Oliver Oscar Owen Patrick
Paul Peter Philip Phillip Raymond Reece Richard Rob Robert Roger Ronald Rory Ross Roy Russell
Ryan Samuel Scott Sean Sebastian Shaun Simon Stanley Stephen Steve Steven Stuart Terence
Terry Theo Thomas Timothy Toby Tom Tony Trevor Tyler Victor Vincent Walter Warren Wayne
William Zain Zak
"""

_GENDER = {name: "f" for name in _FEMALE.split()} | {name: "m" for name in _MALE.split()}


def gender_of_given_name(name: str) -> str | None:
    """ "f" or "m" for a given name that is, with little doubt, a woman's or a man's."""
    return _GENDER.get(name)


# Given names that are also words or places: alone, capitalised, they may be either
_ALSO_WORDS = """
Amber Angela Bill Bob Carmen Carol Charlotte Chelsea Crystal Daisy Dawn Dean Don Douglas
Elizabeth Eve Faith Felicity Florence Frank Georgia Gloria Grace Grant Guy Harvey Hazel
Heather Holly Hope Ivy Jack Jade Joy June Lee Lewis Mandy Mark May Norman Oscar Pat
Patience Penny Poppy Prudence Ray Rich Rob Rose Ross Ruby Sally Sandy Scott Sophia Stanley
Summer Victor Victoria Violet Will
"""
_WORDS = set(_ALSO_WORDS.split())


def gender_of_lone_name(name: str) -> str | None:
    """As ``gender_of_given_name``, for a name standing alone, where a given name that is
    also a word or a place ("Grace", "Bill", "Florence") does not count.

    >>> gender_of_lone_name("Lily"), gender_of_lone_name("Grace")
    ('f', None)
    """
    return None if name in _WORDS else _GENDER.get(name)
