#include "store/ProjectStore.h"
